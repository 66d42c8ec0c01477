using System.Globalization;
using Bogus;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Host.Synthetic;

/// <summary>
/// Identity numbers and names for synthetic people that pass the registry's own rules: a NIK whose district code,
/// birth date (+40 on the day for women) and sex agree with the person, a serial unique in the district; a KK of
/// the same district; Indonesian names from Bogus's <c>id_ID</c> locale. Deterministic for a given faker seed.
/// Synthetic data only (the engine behind the demo dataset and the generator); the registry itself mints no numbers.
/// </summary>
internal sealed class SyntheticIdentities(Faker faker)
{
    private readonly Dictionary<string, int> _serials = [];

    public Faker Faker { get; } = faker;

    public string Nik(string village, DateOnly birth, Sex sex)
    {
        ArgumentNullException.ThrowIfNull(village);
        var day = birth.Day + (sex == Sex.Female ? 40 : 0);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{District(village)}{day:D2}{birth.Month:D2}{birth.Year % 100:D2}");
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{NextSerial(prefix):D4}");
    }

    public string Kk(string village)
    {
        ArgumentNullException.ThrowIfNull(village);
        var prefix = string.Create(CultureInfo.InvariantCulture,
            $"{District(village)}{Faker.Random.Int(1, 28):D2}{Faker.Random.Int(1, 12):D2}{Faker.Random.Int(10, 25):D2}");
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{NextSerial("kk" + prefix):D4}");
    }

    public string FirstName(Sex sex) =>
        Faker.Name.FirstName(sex == Sex.Male ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female);

    public string FullName(Sex sex) =>
        Faker.Name.FullName(sex == Sex.Male ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female);

    public string Rt() => Faker.Random.Int(1, 25).ToString("D3", CultureInfo.InvariantCulture);

    public string Phone() => "08" + Faker.Random.ReplaceNumbers("##########");

    public string PosyanduName() => $"Posyandu {Faker.PickRandom(Flowers)}";

    /// <summary>Like Dukcapil: a serial per district and date part, so the 4 digits never run out.</summary>
    private int NextSerial(string key) => _serials[key] = _serials.GetValueOrDefault(key) + 1;

    private static string District(string village) => village[..8].Replace(".", "", StringComparison.Ordinal);

    private static readonly string[] Flowers =
        ["Melati", "Mawar", "Anggrek", "Kenanga", "Dahlia", "Seroja", "Cempaka", "Teratai", "Kamboja", "Flamboyan", "Bougenville", "Asoka"];
}
