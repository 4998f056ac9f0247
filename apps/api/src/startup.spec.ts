import { ConfigurationError } from '@app/core';
import { startArguments } from './startup';

describe('startArguments', () => {
  it('reads the demo-data flag that npm start passes', () => {
    expect(startArguments([])).toEqual({ demoDataIfEmpty: false });
    expect(startArguments(['--demo-data-if-empty'])).toEqual({ demoDataIfEmpty: true });
  });

  it('refuses anything else, naming it', () => {
    expect(() => startArguments(['--demo-data'])).toThrow(ConfigurationError);
    expect(() => startArguments(['--demo-data'])).toThrow(/Unknown argument --demo-data;/);
  });
});
