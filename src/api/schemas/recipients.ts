import { z } from 'zod';
import { contactVariables, resourceId } from './primitives.js';

/**
 * `list_id` of autocalls and bulks: ids of existing lists and/or numbers given inline. The contract
 * fixes only the length of an inline number (12, `+7XXXXXXXXXX`), not an operator pattern.
 */
export function recipients(options: { maxItems: number; extraMaxLength: number }) {
  const inlineContact = z.object({
    number: z.string().length(12),
    extra: z.string().max(options.extraMaxLength).optional(),
    variables: contactVariables.optional(),
  });
  return z.array(z.union([resourceId, inlineContact])).min(1).max(options.maxItems);
}
