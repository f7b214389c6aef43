import { validatePack } from '../src/content/validate';
export { validatePack };
