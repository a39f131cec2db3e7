export const UNIX_EPOCH_JD: number;
export function deltaTSeconds(year: number): number;
export function trueNewMoonJde(k: number): number;
export function trueNewMoonUt(k: number): number;
export function sunApparentLongitude(jde: number): number;
export function sunLongitudeUt(jdUt: number): number;
