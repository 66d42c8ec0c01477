using Bogus;
using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;

using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Health.Synthetic;

/// <summary>A child's month at the Posyandu: weighed (and measured) or absent.</summary>
internal sealed record MonthlyVisit(DateOnly On, double WeightKg, double? LengthHeightCm, MeasurementPosition? Position, bool VitaminA);

/// <summary>
/// Realistic growth: each child keeps its own weight-for-age and length-for-age z-scores (centred near Kaltim's
/// SSGI 2022–2023 levels: about a fifth stunted, a sixth underweight) that drift a little each month, so some
/// months are N and some T, and a few children falter two months running. Weights are read to 0.1 kg and lengths
/// to 0.1 cm, as on a Posyandu scale and length board. About 82% of children come each month (D/S ≈ 80%).
/// </summary>
internal sealed class GrowthModel(Faker faker)
{
    public IReadOnlyList<MonthlyVisit> Visits(Sex sex, DateOnly born, IReadOnlyList<DateOnly> posyanduDays)
    {
        var haz = Normal(-1.15, 1.05);
        var waz = 0.55 * haz + Normal(-0.25, 0.8);
        var visits = new List<MonthlyVisit>();
        foreach (var day in posyanduDays)
        {
            var age = day.DayNumber - born.DayNumber;
            if (age < 0 || age / GrowthStandards.DaysPerMonth >= GrowthStandards.AgeLimitMonths)
            {
                continue;
            }

            waz = Math.Clamp(waz + Normal(0, 0.18), -4.5, 3);
            haz = Math.Clamp(haz + Normal(0, 0.05), -5, 3);
            if (!faker.Random.Bool(0.82f))
            {
                continue;
            }

            var weight = Math.Round(GrowthCurves.WeightForAgeKg(sex, age, waz), 1);
            var lying = age < 731;
            var length = Math.Round(GrowthCurves.LengthHeightForAgeCm(sex, age, haz), 1);
            var vitaminA = day.Month is 2 or 8 && age / GrowthStandards.DaysPerMonth >= 6 && faker.Random.Bool(0.85f);
            visits.Add(new MonthlyVisit(day, weight, length, lying ? MeasurementPosition.Lying : MeasurementPosition.Standing, vitaminA));
        }

        return visits;
    }

    private double Normal(double mean, double sd) => faker.Normal(mean, sd);
}
