"""Draw the program icon (resources/icons/lead-desktop.png and .ico) with Pillow.

Run once when the design changes; the outputs are committed. A calm blue tile with a white
open door: diversion, a way out of the justice system."""

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
SIZE = 256
BLUE, WHITE, GOLD = (31, 78, 121, 255), (255, 255, 255, 255), (242, 183, 5, 255)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=48, fill=BLUE)
    pen.rectangle((78, 52, 178, 214), outline=WHITE, width=14)          # door frame
    pen.polygon([(92, 66), (150, 84), (150, 222), (92, 200)], fill=WHITE)  # door, ajar
    pen.ellipse((130, 140, 142, 152), fill=BLUE)                          # handle
    pen.polygon([(188, 118), (222, 133), (188, 148)], fill=GOLD)          # the way out
    return image


def main() -> None:
    folder = ROOT / "resources" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(folder / "lead-desktop.png")
    image.save(folder / "lead-desktop.ico",
               sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
