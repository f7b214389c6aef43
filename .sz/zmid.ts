import * as z from 'zod/mini';
z.config({ jitless: true });
const s = z.strictObject({ a: z.string().check(z.minLength(1), z.maxLength(3), z.regex(/a/)), b: z.array(z.string()), c: z.optional(z.enum(['a','b'])), d: z.number().check(z.int(), z.gte(1)) , e: z.discriminatedUnion('k',[z.strictObject({k:z.literal('a')}),z.strictObject({k:z.literal('b')})])}).check(z.superRefine(()=>{}));
export const v = (x: unknown) => z.safeParse(s, x);
