export const figuresRow = 'row';
