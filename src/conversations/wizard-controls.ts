/** Callback data shared by every wizard's controls; a stale tap outside a wizard is answered by the cancel feature. */
export const WIZARD_CANCEL = 'wiz:cancel';
export const WIZARD_BACK = 'wiz:back';
