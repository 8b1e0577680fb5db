// How the page writes the package's issues as text, in status lines and the summary.

/** `path: message`, or the message alone for an issue about the whole body. */
export function issueText(issue) {
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

/** Several issues on one status line. */
export const issuesText = (issues) => issues.map(issueText).join('; ');

/** The form field an issue is about (its path's first key, when it is one of `fields`), or null. */
export function fieldOf(issue, fields) {
  const key = issue.path[0];
  return typeof key === 'string' && fields.includes(key) ? key : null;
}
