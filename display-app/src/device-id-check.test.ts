import { describe, expect, it } from 'vitest';
import { invalidDisplayId } from './device-id-check';

describe('invalidDisplayId', () => {
  it('accepts a display id the configuration may list', () => {
    expect(invalidDisplayId('display-tang-2')).toBeNull();
  });

  it.each(['màn-hình-2', 'display 2', ''])('names the bad value "%s"', (value) => {
    expect(invalidDisplayId(value)).toContain(`"${value}"`);
  });
});
