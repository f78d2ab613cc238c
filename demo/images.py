"""Pictures for the demo site, drawn with Pillow so the command needs no network and no image files.

Every picture comes from a seed: the same seed always gives the same pixels, so a fresh database gets
the same site as the last one. Soft shapes are drawn small, blurred and scaled up, which is much
faster than blurring a full-size canvas and looks the same.
"""

import random
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter, ImageFont

# Warm, calm colours that read well behind white text and sit together in a listing.
PALETTES = [
    ["#1d3557", "#457b9d", "#a8dadc", "#f1faee", "#e63946"],
    ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"],
    ["#3d405b", "#81b29a", "#f2cc8f", "#e07a5f", "#f4f1de"],
    ["#22223b", "#4a4e69", "#9a8c98", "#c9ada7", "#f2e9e4"],
    ["#0b3954", "#087e8b", "#bfd7ea", "#ff5a5f", "#c81d25"],
    ["#2b2d42", "#8d99ae", "#edf2f4", "#ef233c", "#d90429"],
    ["#283618", "#606c38", "#fefae0", "#dda15e", "#bc6c25"],
    ["#003049", "#d62828", "#f77f00", "#fcbf49", "#eae2b7"],
]

# Cards and body images are shown at most ~1200px wide; only the hero is drawn larger. Smaller sources
# also keep Wagtail's renditions (AVIF especially) quick to make on a fresh site.
LANDSCAPE = (1200, 675)
HERO = (1600, 900)
PORTRAIT = (480, 480)
JPEG_QUALITY = 82


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(size, corners):
    """A smooth four-corner gradient: a 2x2 image scaled up with bicubic interpolation."""
    tiny = Image.new("RGB", (2, 2))
    tiny.putdata([_rgb(c) for c in corners])
    return tiny.resize(size, Image.Resampling.BICUBIC)


def _soft_layer(rng, size, palette, count):
    """Blurred translucent circles, drawn at a quarter of the size."""
    small = (size[0] // 4, size[1] // 4)
    layer = Image.new("RGBA", small, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        radius = rng.randint(small[1] // 6, small[1] // 2)
        x, y = rng.randint(0, small[0]), rng.randint(0, small[1])
        colour = (*_rgb(rng.choice(palette)), rng.randint(90, 170))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    layer = layer.filter(ImageFilter.GaussianBlur(radius=small[1] // 18))
    return layer.resize(size, Image.Resampling.BICUBIC)


def _crisp_layer(rng, size, palette):
    """A few sharper rings and dots on top, so the picture has something for the eye to rest on."""
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    width, height = size
    for _ in range(rng.randint(2, 4)):
        radius = rng.randint(height // 10, height // 3)
        x, y = rng.randint(width // 8, width * 7 // 8), rng.randint(height // 8, height * 7 // 8)
        colour = (*_rgb(rng.choice(palette)), rng.randint(120, 200))
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), outline=colour, width=rng.randint(4, 14)
        )
    dot_colour = (*_rgb(rng.choice(palette)), 150)
    origin_x, origin_y = rng.randint(0, width // 2), rng.randint(0, height // 2)
    for row in range(4):
        for col in range(6):
            cx, cy = origin_x + col * 36, origin_y + row * 36
            draw.ellipse((cx - 5, cy - 5, cx + 5, cy + 5), fill=dot_colour)
    # A slight blur stands in for anti-aliasing, which ImageDraw does not do.
    return layer.filter(ImageFilter.GaussianBlur(radius=1.2))


def _to_jpeg(image):
    buffer = BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def abstract_picture(seed, palette_index=None, size=LANDSCAPE):
    """An abstract composition of gradients and soft circles, as JPEG bytes. The palette is picked by
    the seed unless given."""
    rng = random.Random(seed)
    palette = PALETTES[palette_index] if palette_index is not None else rng.choice(PALETTES)
    corners = rng.sample(palette, 4)
    image = _gradient(size, corners).convert("RGBA")
    image.alpha_composite(_soft_layer(rng, size, palette, count=rng.randint(5, 9)))
    image.alpha_composite(_crisp_layer(rng, size, palette))
    return _to_jpeg(image)


def initials(name):
    """'Ana Lucía Ferreira' -> 'AF': the first and last words, as people sign their initials."""
    words = [word for word in name.replace("-", " ").split() if word[0].isalpha()]
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def initials_avatar(name, seed, size=PORTRAIT):
    """A square portrait placeholder: the person's initials on a soft gradient, as JPEG bytes."""
    rng = random.Random(seed)
    palette = rng.choice(PALETTES)
    # The two darkest colours of each palette keep white initials readable.
    image = _gradient(size, [palette[0], palette[1], palette[1], palette[0]]).convert("RGBA")
    image.alpha_composite(_soft_layer(rng, size, palette[1:], count=3))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=size[1] * 2 // 5)
    draw.text(
        (size[0] / 2, size[1] / 2),
        initials(name),
        font=font,
        fill="white",
        anchor="mm",
        stroke_width=2,
        stroke_fill=palette[0],
    )
    return _to_jpeg(image)
