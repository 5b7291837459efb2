// Strings of one slice of screens, kept apart so parallel work does not collide in one file.
export const serviceZhCN = {
  'service._': 'service',
};

export const serviceEn: Record<keyof typeof serviceZhCN, string> = {
  'service._': 'service',
};
