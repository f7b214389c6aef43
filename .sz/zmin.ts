import * as z from 'zod/mini';
z.config({ jitless: true });
const s = z.strictObject({ a: z.string(), b: z.array(z.string()), c: z.optional(z.string()) });
export const v = (x: unknown) => z.safeParse(s, x);
