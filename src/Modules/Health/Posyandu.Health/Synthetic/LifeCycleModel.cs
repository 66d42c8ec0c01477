using Bogus;
using Posyandu.Health.LifeCycle;
using Posyandu.SharedKernel.Domain;

using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Health.Synthetic;

/// <summary>An antenatal check as planned (values within the command's ranges).</summary>
internal sealed record PlannedCheck(DateOnly On, double WeightKg, int Systolic, int Diastolic, double MuacCm, double HbGPerDl, int IronTablets);

/// <summary>A pregnancy registered in the window, its monthly checks and, when it is over by today, its outcome.</summary>
internal sealed record PlannedPregnancy(DateOnly Hpht, DateOnly RegisteredOn, double MuacCm, IReadOnlyList<PlannedCheck> Checks, PregnancyOutcome? Outcome, DateOnly? EndedOn);

/// <summary>A PTM screening as planned.</summary>
internal sealed record PlannedScreening(DateOnly On, double WeightKg, double HeightCm, int Systolic, int Diastolic, double GlucoseMgPerDl, double WaistCm);

/// <summary>A school-age screening (UKS penjaringan, 5–17 years) as planned: weight and height only.</summary>
internal sealed record PlannedSchoolScreening(DateOnly On, double WeightKg, double HeightCm);

/// <summary>
/// The ILP life-cycle records: about 14 % of wives aged 19–45 have a pregnancy registered in the window (first contact
/// at 8–20 weeks), with LiLA centred so that about 15 % are KEK (&lt; 23.5 cm, SSGI/Riskesdas levels), Hb so that
/// roughly a quarter are anaemic, and a check each Posyandu month until the birth (38–41 weeks) or a miscarriage
/// (about 4 %, before 20 weeks). PTM screening reaches about a third of adults and half of the elderly once in the
/// window; blood pressure rises with age (about a quarter hypertensive among the screened, 23 % obese), about 1 % have
/// random glucose of 200 mg/dL or more. A third of the 5–17-year-olds have a school-age screening (weight and height)
/// in the window, half of them a second one 5–7 months later (when still in the window), with IMT/U drawn from N(−0.1, 1.5) on the WHO Growth
/// Reference 2007 — about 10 % thin (&lt; −2 SD) and 8 % obese (&gt; +2 SD), Riskesdas 2018 levels for 5–18 years —
/// and TB/U from N(−0.7, 1.0) (Indonesian children are shorter than the reference).
/// </summary>
internal sealed class LifeCycleModel(Faker faker)
{
    public PlannedPregnancy? Pregnancy(Member woman, DateOnly from, DateOnly today)
    {
        var age = woman.AgeYearsOn(today);
        if (woman.Sex != Sex.Female || woman.Relation != "istri" || age is < 19 or > 45 || !faker.Random.Bool(0.14f))
        {
            return null;
        }

        var registeredOn = faker.Day(from, today);
        var hpht = registeredOn.AddDays(-7 * faker.Random.Int(8, 20) - faker.Random.Int(0, 6));
        var muac = Math.Round(Math.Clamp(faker.Normal(25.6, 2.0), 18, 40), 1);
        var hb = faker.Normal(11.7, 1.2);
        var weight = faker.Normal(54, 9);
        var miscarriage = registeredOn.AddDays(faker.Random.Int(7, 49));
        var ends = faker.Random.Bool(0.04f) && PregnancyDating.GestationalWeeks(hpht, miscarriage) < 22
            ? (Outcome: PregnancyOutcome.Miscarriage, On: miscarriage)
            : (Outcome: PregnancyOutcome.Birth, On: hpht.AddDays((7 * faker.Random.Int(38, 40)) + faker.Random.Int(0, 6)));
        var checks = new List<PlannedCheck>();
        for (var day = registeredOn; day <= today && day < ends.On && PregnancyDating.IsPlausible(hpht, day); day = day.AddDays(28 + faker.Random.Int(0, 6)))
        {
            var weeks = PregnancyDating.GestationalWeeks(hpht, day);
            var systolic = (int)Math.Round(Math.Clamp(faker.Normal(113, 12), 85, 190));
            var diastolic = (int)Math.Round(Math.Clamp(faker.Normal(73, 9), 50, systolic - 20));
            checks.Add(new PlannedCheck(day, Math.Round(weight + (0.35 * weeks) + faker.Normal(0, 0.5), 1), systolic, diastolic,
                Math.Round(muac + faker.Normal(0, 0.2), 1), Math.Round(Math.Clamp(hb + faker.Normal(0, 0.4), 6, 16), 1), faker.Random.Bool(0.85f) ? 30 : 0));
        }

        return ends.On <= today
            ? new PlannedPregnancy(hpht, registeredOn, muac, checks, ends.Outcome, ends.On)
            : new PlannedPregnancy(hpht, registeredOn, muac, checks, null, null);
    }

    public PlannedScreening? Screening(Member person, DateOnly from, DateOnly today)
    {
        var age = person.AgeYearsOn(today);
        var share = age switch { >= 60 => 0.5f, >= 18 => 0.33f, >= 15 => 0.1f, _ => 0f };
        if (!faker.Random.Bool(share))
        {
            return null;
        }

        var male = person.Sex == Sex.Male;
        var height = Math.Round(faker.Normal(male ? 163 : 152, 6), 1);
        var bmi = Math.Clamp(faker.Normal(age >= 18 ? 24 : 20.5, 4), 15, 45);
        var systolic = (int)Math.Round(Math.Clamp(faker.Normal(118 + (0.55 * Math.Max(0, age - 30)), 17), 85, 230));
        var diastolic = (int)Math.Round(Math.Clamp((systolic * 0.6) + faker.Normal(2, 7), 50, systolic - 15));
        var glucose = Math.Round(Math.Clamp(Math.Exp(faker.Normal(Math.Log(108), 0.27)), 60, 600));
        var waist = Math.Round(Math.Clamp((bmi * 3.3) + faker.Normal(male ? 4 : 2, 5), 50, 160), 1);
        return new PlannedScreening(faker.Day(from, today), Math.Round(bmi * height * height / 10_000, 1), height, systolic, diastolic, glucose, waist);
    }

    /// <summary>Drawn after every other Health record (its own pass), so the draws before it are what they were without it.</summary>
    public IReadOnlyList<PlannedSchoolScreening> SchoolScreenings(Member child, DateOnly from, DateOnly today)
    {
        var first = child.Born.AddYears(LifeStages.YoungestScreened).AddDays(1);
        var last = child.Born.AddYears(ScreeningRisk.AdultAge).AddDays(-1);
        var (earliest, latest) = (first > from ? first : from, last < today ? last : today);
        if (earliest > latest || !faker.Random.Bool(1f / 3))
        {
            return [];
        }

        var (bmiZ, heightZ) = (Math.Clamp(faker.Normal(-0.1, 1.5), -3, 3), Math.Clamp(faker.Normal(-0.7, 1.0), -3, 3));
        var on = faker.Day(earliest, latest);
        var screenings = new List<PlannedSchoolScreening> { Measure(child, on, bmiZ, heightZ) };
        var again = on.AddDays(faker.Random.Int(150, 210));
        if (faker.Random.Bool() && again <= latest)
        {
            screenings.Add(Measure(child, again, Math.Clamp(bmiZ + faker.Normal(0, 0.25), -3, 3), heightZ));
        }

        return screenings;
    }

    private static PlannedSchoolScreening Measure(Member child, DateOnly on, double bmiZ, double heightZ)
    {
        var months = (on.DayNumber - child.Born.DayNumber) / 30.4375;
        var height = Math.Round(GrowthCurves.ReferenceHeightCm(child.Sex, months, heightZ), 1);
        var bmi = GrowthCurves.ReferenceBmi(child.Sex, months, bmiZ);
        return new PlannedSchoolScreening(on, Math.Round(bmi * height * height / 10_000, 1), height);
    }
}
