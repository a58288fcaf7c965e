export { groupRejections, type RejectionGroup } from './rejection-groups.js';
