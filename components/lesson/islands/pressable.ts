/** The controls of a still picture whose press the live widget replays (shared with the inline recorder). */
export const PRESSABLE = 'button, input[type="checkbox"], input[type="radio"]'
