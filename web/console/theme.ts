/** 党建红: the console's primary colour, also used by the charts. */
export const THEME = { token: { colorPrimary: '#c8161d', borderRadius: 6 } };
