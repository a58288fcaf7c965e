export { checkLength, checkResourceName, RESOURCE_NAME_MAX, type LengthCheck } from './resource-name.js';
