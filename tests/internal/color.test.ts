import { expect } from '@open-wc/testing';
import { colorResolver, contrastRatio, parseColor } from '../../src/internal/color.js';

describe('colour helpers', () => {
  it('parses the colour forms browsers compute', () => {
    expect(parseColor('rgb(1, 2, 3)')).to.deep.equal({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColor('rgba(1, 2, 3, 0.5)')).to.deep.equal({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('rgb(1 2 3 / 50%)')).to.deep.equal({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('color(srgb 1 0 0.5)')).to.deep.equal({ r: 255, g: 0, b: 127.5, a: 1 });
    expect(parseColor('#0a5aa8')).to.deep.equal({ r: 10, g: 90, b: 168, a: 1 });
    expect(parseColor('oklch(0.5 0.1 250)')).to.equal(undefined);
    const resolveColor = colorResolver();
    expect(resolveColor('oklch(0 0 0)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 1 });
    expect(resolveColor('not a colour')).to.equal(undefined);
  });

  it('measures WCAG contrast', () => {
    const white = { r: 255, g: 255, b: 255, a: 1 };
    const black = { r: 0, g: 0, b: 0, a: 1 };
    expect(contrastRatio(white, black)).to.be.closeTo(21, 0.01);
    expect(contrastRatio(white, white)).to.equal(1);
    expect(contrastRatio(parseColor('#0a5aa8')!, white)).to.be.greaterThan(4.5);
  });
});
