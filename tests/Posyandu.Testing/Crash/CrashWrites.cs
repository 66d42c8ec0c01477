using System.Globalization;
using System.Text.Json;

namespace Posyandu.Testing.Crash;

/// <summary>
/// The writes the crash drills send to the real modules: newborns registered in one household of Perian (Registry,
/// no NIK: nothing unique in the row, so a duplicate would show) and one weighing per child (Health).
/// </summary>
public static class CrashWrites
{
    public const string Village = "64.02.01.2001";

    /// <summary>A woman's NIK (day 57 = 17 + 40) for the newborns' <c>nikIbu</c>; synthetic.</summary>
    private const string Mother = "6402015708950001";

    /// <summary>Registers a Posyandu and a household in <see cref="Village"/> (keyed writes like the rest).</summary>
    public static async Task<Guid> HouseholdAsync(CrashDrill drill)
    {
        ArgumentNullException.ThrowIfNull(drill);
        var posyandu = Id(await drill.WriteAsync(KeyedWrite.Of("/api/registry/posyandu", new { name = "Posyandu Uji Mati Listrik", regionCode = Village, serviceDay = 10 }, "posyandu")
            ).ConfigureAwait(false));
        return Id(await drill.WriteAsync(KeyedWrite.Of("/api/registry/households", new { nomorKk = "6402010101200001", regionCode = Village, posyanduId = posyandu }, "household"))
            .ConfigureAwait(false));
    }

    /// <summary>A newborn (under a year, registered with the mother's NIK); <paramref name="name"/> is its tag.</summary>
    public static KeyedWrite Newborn(Guid household, string name, DateOnly birthDate) =>
        KeyedWrite.Of("/api/registry/residents", new
        {
            nikIbu = Mother, name, sex = "female", birthDate = Iso(birthDate), householdId = household, relation = "anak",
        }, name);

    /// <summary>One weighing of a registered child; the child's id is its tag.</summary>
    public static KeyedWrite Weighing(Guid child, DateOnly measuredOn) =>
        KeyedWrite.Of($"/api/health/children/{child}/visits", new { measuredOn = Iso(measuredOn), weightKg = 7.4, lengthHeightCm = 67.5, measurement = "lying" }, child.ToString());

    /// <summary>The resident id in a registration's answer.</summary>
    public static Guid ResidentId(WriteOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        using var json = JsonDocument.Parse(outcome.Body);
        return json.RootElement.GetProperty("resident").GetProperty("id").GetGuid();
    }

    /// <summary>How many residents of the registry carry each name that starts with <paramref name="prefix"/>.</summary>
    public static Dictionary<string, int> ResidentsNamed(CrashDrill drill, string prefix)
    {
        ArgumentNullException.ThrowIfNull(drill);
        return drill.Query("registry.db", $"SELECT Name, COUNT(*) FROM residents WHERE Name LIKE '{prefix.Replace("'", "", StringComparison.Ordinal)}%' GROUP BY Name",
            r => (Name: r.GetString(0), Count: r.GetInt32(1))).ToDictionary(r => r.Name, r => r.Count, StringComparer.Ordinal);
    }

    /// <summary>How many visits Health holds per child on <paramref name="day"/>, keyed by the child's id as a tag.</summary>
    public static Dictionary<string, int> WeighingsOn(CrashDrill drill, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(drill);
        return drill.Query("health.db", $"SELECT ResidentId, COUNT(*) FROM child_visits WHERE MeasuredOn = '{Iso(day)}' GROUP BY ResidentId",
            r => (Id: Guid.Parse(r.GetString(0)).ToString(), Count: r.GetInt32(1))).ToDictionary(r => r.Id, r => r.Count, StringComparer.Ordinal);
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Guid Id(WriteOutcome outcome)
    {
        if (outcome.Answer is not (WriteAnswer.Created or WriteAnswer.Replayed))
        {
            throw new InvalidOperationException($"Set-up write {outcome.Write.Path} answered {outcome.Status}: {outcome.Body}");
        }

        using var json = JsonDocument.Parse(outcome.Body);
        return json.RootElement.GetProperty("id").GetGuid();
    }
}
