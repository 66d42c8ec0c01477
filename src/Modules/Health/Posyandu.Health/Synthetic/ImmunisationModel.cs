using Bogus;
using Posyandu.Health.Immunisation;

using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Health.Synthetic;

/// <summary>A dose as the generator plans it, before RecordImmunisation checks it.</summary>
internal sealed record PlannedDose(string Antigen, int Dose, DateOnly GivenOn, ImmunisationPlace Place, string? PlaceName, string? BatchNumber);

/// <summary>
/// A child's immunisation history along the national schedule (<see cref="ImmunisationSchedule.National"/>), from
/// birth up to today: about 2 % of children are zero-dose; otherwise each dose is given on time (within the Posyandu
/// month after it falls due) about 88 % of the time, late (one to four months) about 8 %, and missed about 4 % — and a
/// missed dose ends that antigen's series, since the next dose cannot be recorded without it. Eleven IDL doses each
/// that likely leave about 58 % of children with IDL by the first birthday (the small scale's figure) — near what
/// household surveys find, below administrative reports. HB-0 is a birth dose: on day 0–1, a few on day 2–7, else never.
/// Every date is checked with the schedule's own rule (<see cref="ImmunisationStatus.WhyInvalid"/>) before it is sent.
/// </summary>
internal sealed class ImmunisationModel(Faker faker)
{
    private static readonly ImmunisationSchedule Schedule = ImmunisationSchedule.National;

    public IReadOnlyList<PlannedDose> Doses(DateOnly born, DateOnly today)
    {
        var doses = new List<PlannedDose>();
        if (faker.Random.Bool(0.02f))
        {
            return doses;
        }

        foreach (var series in Schedule.Doses.GroupBy(d => d.Antigen))
        {
            DateOnly? previous = null;
            foreach (var dose in series)
            {
                if (Day(dose, born, previous) is not { } day || day > today
                    || ImmunisationStatus.WhyInvalid(dose, born, previous, day) is not null)
                {
                    break;
                }

                doses.Add(Given(dose, day));
                previous = day;
            }
        }

        return [.. doses.OrderBy(d => d.GivenOn).ThenBy(d => d.Antigen, StringComparer.Ordinal).ThenBy(d => d.Dose)];
    }

    private DateOnly? Day(ScheduledDose dose, DateOnly born, DateOnly? previous)
    {
        if (dose.LastValidDay(born) is { } last)
        {
            // A birth dose: given at the birth facility or not at all.
            var roll = faker.Random.Double();
            return roll < 0.86 ? born.AddDays(faker.Random.Int(0, 1)) : roll < 0.93 ? DateOnly.FromDayNumber(Math.Min(last.DayNumber, born.AddDays(faker.Random.Int(2, 7)).DayNumber)) : null;
        }

        var recommended = dose.RecommendedOn(born);
        var validFrom = dose.ValidFrom(born, previous);
        var due = validFrom > recommended ? validFrom : recommended;
        var outcome = faker.Random.Double();
        return outcome < 0.88 ? due.AddDays(faker.Random.Int(0, 27))
            : outcome < 0.96 ? due.AddDays(faker.Random.Int(35, 120))
            : null;
    }

    private PlannedDose Given(ScheduledDose dose, DateOnly day)
    {
        var place = faker.Random.WeightedRandom([ImmunisationPlace.Posyandu, ImmunisationPlace.Puskesmas, ImmunisationPlace.Other], [0.68f, 0.27f, 0.05f]);
        var placeName = place switch
        {
            ImmunisationPlace.Other => faker.PickRandom("RSUD", "Klinik Pratama", "Praktik Bidan Mandiri", "RS Ibu dan Anak") + " " + faker.Address.City(),
            ImmunisationPlace.Puskesmas => "Puskesmas " + faker.Address.City(),
            _ => null,
        };
        // Doses copied from an old Buku KIA often have no batch number.
        var batch = faker.Random.Bool(0.8f) ? $"{day:yyMM}{faker.Random.String2(1, "ABCDEF")}{faker.Random.Int(100, 999)}" : null;
        return new PlannedDose(dose.Antigen, dose.Dose, day, place, placeName, batch);
    }
}
