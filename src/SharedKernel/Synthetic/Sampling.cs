using Bogus;

namespace Posyandu.SharedKernel.Synthetic;

/// <summary>Distributions on Bogus's seeded generator, so every sector's data follows from the one seed.</summary>
public static class Sampling
{
    /// <summary>Box–Muller.</summary>
    public static double Normal(this Faker faker, double mean, double sd)
    {
        var u1 = 1.0 - faker.Random.Double();
        var u2 = faker.Random.Double();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    /// <summary>A day between <paramref name="from"/> and <paramref name="to"/> (inclusive).</summary>
    public static DateOnly Day(this Faker faker, DateOnly from, DateOnly to) =>
        to < from ? from : DateOnly.FromDayNumber(faker.Random.Int(from.DayNumber, to.DayNumber));

    /// <summary>A separate generator per sector, derived from the seed, so one sector's draws never shift another's.</summary>
    public static Faker For(int seed, int stream) => new("id_ID") { Random = new Randomizer(unchecked((seed * 7919) + stream)) };
}
