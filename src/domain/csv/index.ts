export { toCsv, type CsvCell, type CsvOptions } from './write-csv.js';
