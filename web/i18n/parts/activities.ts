// Strings of one slice of screens, kept apart so parallel work does not collide in one file.
export const activitiesZhCN = {
  'activities._': 'activities',
};

export const activitiesEn: Record<keyof typeof activitiesZhCN, string> = {
  'activities._': 'activities',
};
