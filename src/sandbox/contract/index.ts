/**
 * The AutoCall contract as the sandbox and the contract tests read it: its operations, a router over their paths,
 * and ajv validators for requests and responses.
 */
export { contract, type ApiBase, type HttpMethod, type JsonSchema, type SpecOperation } from './spec.js';
export { matchRoute, operationsById, type RouteMatch } from './routes.js';
export {
  validateRequest,
  validateResponse,
  type RequestInput,
  type RequestValidation,
  type ResponseValidation,
} from './validator.js';
export { addFieldError, toFieldErrors, type FieldErrors } from './field-errors.js';
