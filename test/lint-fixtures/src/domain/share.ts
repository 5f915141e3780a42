export const share = (part: number, whole: number): number => part / whole;
