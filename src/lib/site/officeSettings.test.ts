import { describe, expect, it } from 'vitest';
import { officeWithSettings } from './officeSettings.ts';

const office = { name: '乡镇宣传办公室', contact: '', icp: '', publicSecurity: '', noticeDays: 0 };

describe('officeWithSettings', () => {
  it('is the configured office when a deployment sets nothing', () => {
    expect(officeWithSettings(office)).toBe(office);
    expect(officeWithSettings(office, '  ')).toBe(office);
  });

  it('takes the fields a deployment sets, keeping the others', () => {
    expect(officeWithSettings(office, '{"icp":"皖ICP备00000001号-1","contact":"0566-0000000"}')).toEqual({
      ...office,
      icp: '皖ICP备00000001号-1',
      contact: '0566-0000000',
    });
  });

  it('stops on a setting it does not know, one that is not text, or what is not a JSON object', () => {
    expect(() => officeWithSettings(office, '{"ICP":"x"}')).toThrow(
      /"ICP".*name, contact, icp, publicSecurity, noticeDays/,
    );
    expect(() => officeWithSettings(office, '{"icp":1}')).toThrow(/"icp" must be text/);
    expect(() => officeWithSettings(office, '{"noticeDays":"7"}')).toThrow(/"noticeDays" must be a number/);
    expect(officeWithSettings(office, '{"noticeDays":7}').noticeDays).toBe(7);
    expect(() => officeWithSettings(office, '["icp"]')).toThrow(/JSON object/);
    expect(() => officeWithSettings(office, 'icp=1')).toThrow(/not JSON/);
  });
});
