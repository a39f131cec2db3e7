// from packages/calendar/src/lunar.ts:85
import { canChiYear } from "@hcc/calendar";
canChiYear(2024); //=> "Giáp Thìn"
canChiYear(2026); //=> "Bính Ngọ"

export {};
