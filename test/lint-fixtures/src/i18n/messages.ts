export const messages = { vi: 'Cả nước', en: 'Whole country' };
