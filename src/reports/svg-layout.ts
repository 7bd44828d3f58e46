/** Sizes shared by the parts of a step's drawing (pixels of the SVG's user space). */
export const WIDTH = 760;
export const MARGIN = 16;
export const CARD_W = 150;
export const CARD_GAP = 8;
export const HOST_PAD = 10;
export const HOST_TITLE = 28;
export const CHIP_W = 44;
export const CHIP_H = 18;
export const CHIP_GAP = 4;
export const CHIPS_PER_ROW = 3;
export const CARD_HEAD = 50;
export const SECTION_GAP = 18;

/** A drawn part and the height it takes, so that the caller can place the next one below it. */
export interface Drawn {
  readonly svg: string;
  readonly height: number;
}
