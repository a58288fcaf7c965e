export { parseTengeAmount, type AmountResult } from './parse-amount.js';
