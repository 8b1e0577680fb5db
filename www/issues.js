// How the page writes the package's issues as text, in status lines and the summary.

/** `path: message`, or the message alone for an issue about the whole body. */
export function issueText(issue) {
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

/** Several issues on one status line. */
export const issuesText = (issues) => issues.map(issueText).join('; ');
