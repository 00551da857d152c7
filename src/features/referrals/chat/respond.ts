import type { CardResponse } from '../../../app/card-router.js';

export const INVALID: CardResponse = { toast: { type: 'error', content: '该卡片操作无效。' } };
