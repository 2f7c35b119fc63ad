using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>
/// Reads an 8-bit, non-interlaced PNG into RGBA pixels: an independent check of the icons (the build
/// command has its own reader in tooling/manifest/png.mjs), with no image library on the machine.
/// </summary>
internal sealed class PngImage
{
    private readonly byte[] pixels;
    private readonly int channels;

    private PngImage(int width, int height, int colorType, byte[] pixels)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        channels = ChannelsOf(colorType);
        this.pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>PNG colour type: 6 = RGBA, 2 = RGB, 4 = grey + alpha, 0 = grey.</summary>
    public int ColorType { get; }

    public bool HasAlpha => ColorType is 4 or 6;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * channels;
        return channels switch
        {
            1 => (pixels[i], pixels[i], pixels[i], 255),
            2 => (pixels[i], pixels[i], pixels[i], pixels[i + 1]),
            3 => (pixels[i], pixels[i + 1], pixels[i + 2], 255),
            _ => (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]),
        };
    }

    public static PngImage Read(byte[] file)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], file[..8]);
        int width = 0, height = 0, colorType = -1;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = Encoding.ASCII.GetString(file, offset + 4, 4);
            var body = file.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                Assert.Equal(8, body[8]);   // bit depth
                colorType = body[9];
                Assert.Equal(0, body[12]);  // not interlaced
            }
            else if (type == "IDAT")
            {
                idat.Write(body);
            }

            offset += 12 + length;
        }

        var image = new PngImage(width, height, colorType, new byte[width * height * ChannelsOf(colorType)]);
        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        image.Unfilter(inflated);
        return image;
    }

    private static int ChannelsOf(int colorType) =>
        colorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {colorType}") };

    // PNG spec section 9: each row starts with a filter byte; undo it against the row above.
    private void Unfilter(Stream raw)
    {
        var stride = Width * channels;
        var row = new byte[stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = raw.ReadByte();
            raw.ReadExactly(row);
            var line = pixels.AsSpan(y * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? line[i - channels] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int c = i >= channels && y > 0 ? pixels[((y - 1) * stride) + i - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                };
                line[i] = (byte)(row[i] + predictor);
            }
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
