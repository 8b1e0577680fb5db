import he from './he.js'; import { alias } from './format.js';
export default alias('iw', he);
