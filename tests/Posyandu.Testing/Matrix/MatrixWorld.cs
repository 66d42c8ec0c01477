namespace Posyandu.Testing.Matrix;

/// <summary>
/// Records seeded (as admin) inside the region every sample works in, and fresh identity numbers. The matrix seeds
/// what every sector needs (a Posyandu, a household, a woman and an under-five); a module's matrix adds its own.
/// </summary>
public sealed class MatrixWorld
{
    public const string Village = "64.02.01.2001";
    public const string InsideRegion = "64.02";
    public const string OutsideRegion = "64.72";

    /// <summary>A village of the same district as <see cref="Village"/>: what a desa user of the neighbouring village is.</summary>
    public const string OtherVillage = "64.02.01.2002";
    private int _serial;

    public Dictionary<string, string> Ids { get; } = [];

    public string LastNik { get; private set; } = "";

    public string this[string key] => Ids[key];

    /// <summary>A number no other call returns (for NIK and KK serials).</summary>
    public int NextSerial() => Interlocked.Increment(ref _serial);

    /// <summary>A valid NIK of a woman born 17 Aug 1995 in Kec. Muara Muntai, new on each call.</summary>
    public string NewNik() => LastNik = $"640201570895{NextSerial():D4}";

    public object NewResident() => new { nik = NewNik(), name = "Siti Aminah", sex = "female", birthDate = "1995-08-17", householdId = Ids["household"], relation = "istri" };

    /// <summary>A girl born 17 May 2024: an under-five for growth monitoring.</summary>
    public object NewChild() => NewChildBorn(new DateOnly(2024, 5, 17), "Nur Aini");

    /// <summary>A girl born on <paramref name="birthDate"/> (her NIK carries the date, +40 for a woman).</summary>
    public object NewChildBorn(DateOnly birthDate, string name = "Putri Lestari") => new
    {
        nik = $"640201{birthDate.Day + 40:D2}{birthDate.Month:D2}{birthDate.Year % 100:D2}{NextSerial():D4}",
        name, sex = "female", birthDate = birthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        householdId = Ids["household"], relation = "anak",
    };

    public object NewHousehold() => new { nomorKk = $"640201010120{NextSerial():D4}", regionCode = Village, posyanduId = Ids["posyandu"] };

    public object NewKader() => new { nik = NewNik(), name = "Kader Dewi", posyanduId = Ids["posyandu"], sectors = new[] { "health" } };

    /// <summary>
    /// The matrix host's "today" (its clock, WITA), as the API writes it: records may not predate the household's
    /// registration, which is the day the seed runs.
    /// </summary>
    public string Today { get; internal set; } = "";
}
