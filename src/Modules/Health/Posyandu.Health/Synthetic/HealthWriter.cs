using Posyandu.Health.Features.ChildVisits;
using Posyandu.Health.Features.Immunisation;
using Posyandu.Health.Features.Pregnancy;
using Posyandu.Health.Features.Screening;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Health.Synthetic;

/// <summary>
/// Health's records through Health's own commands: each under-five's immunisation history (RecordImmunisation) and
/// Posyandu days in the window (RecordChildVisit), the wives' pregnancies with their antenatal checks and outcome
/// (RegisterPregnancy, RecordAntenatalCheck, ClosePregnancy), PTM screenings and school-age screenings (RecordScreening).
/// </summary>
internal sealed class HealthWriter : ISectorWriter
{
    public string Module => "health";

    public int Stream => 1;

    public async Task<IReadOnlyList<(string Kind, long Count)>> WriteAsync(SectorWriting writing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writing);
        var (services, faker, roster, progress) = (writing.Services, writing.Faker, writing.Roster, writing.Progress);
        var growth = new GrowthModel(faker);
        var immunisation = new ImmunisationModel(faker);
        var lifeCycle = new LifeCycleModel(faker);
        var (visits, doses, pregnancies, checks, screenings) = (0L, 0L, 0L, 0L, 0L);
        var bar = progress("health: residents", roster.Members.Count);
        await using var commands = new CommandBatch<HealthDbContext>(services);
        foreach (var member in roster.Members)
        {
            if (roster.Today.DayNumber - member.Born.DayNumber < 5 * 365 + 1)
            {
                foreach (var dose in immunisation.Doses(member.Born, roster.Today))
                {
                    await commands.SendAsync(new RecordImmunisation(member.Id, dose.Antigen, dose.Dose, dose.GivenOn, dose.BatchNumber, dose.Place, dose.PlaceName), ct);
                    doses++;
                }

                foreach (var visit in growth.Visits(member.Sex, member.Born, PosyanduDays(member.ServiceDay, roster.Today, writing.Months)))
                {
                    await commands.SendAsync(new RecordChildVisit(member.Id, new RecordChildVisit.Body(
                        visit.On, visit.WeightKg, visit.LengthHeightCm, visit.Position, false, null, VitaminA: visit.VitaminA)), ct);
                    visits++;
                }
            }

            if (lifeCycle.Pregnancy(member, roster.From, roster.Today) is { } pregnancy)
            {
                var registered = await commands.SendAsync(new RegisterPregnancy(member.Id, pregnancy.Hpht, pregnancy.RegisteredOn, pregnancy.MuacCm), ct);
                foreach (var c in pregnancy.Checks)
                {
                    await commands.SendAsync(new RecordAntenatalCheck(registered.Id, c.On, c.WeightKg, c.Systolic, c.Diastolic, c.MuacCm, c.HbGPerDl, c.IronTablets), ct);
                    checks++;
                }

                if (pregnancy.Outcome is { } outcome)
                {
                    await commands.SendAsync(new ClosePregnancy(registered.Id, outcome, pregnancy.EndedOn), ct);
                }

                pregnancies++;
            }

            if (lifeCycle.Screening(member, roster.From, roster.Today) is { } s)
            {
                await commands.SendAsync(new RecordScreening(member.Id, s.On, s.WeightKg, s.HeightCm, s.Systolic, s.Diastolic, s.GlucoseMgPerDl, s.WaistCm), ct);
                screenings++;
            }

            bar.Advance();
        }

        // School-age screenings in a pass of their own, after the draws above, so that those stay as they were.
        var schoolScreenings = 0L;
        foreach (var member in roster.Members)
        {
            foreach (var s in lifeCycle.SchoolScreenings(member, roster.From, roster.Today))
            {
                await commands.SendAsync(new RecordScreening(member.Id, s.On, s.WeightKg, s.HeightCm, null, null, null, null), ct);
                schoolScreenings++;
            }
        }

        await commands.CommitAsync(ct);
        bar.Finish();
        return [("child visits", visits), ("immunisation doses", doses), ("pregnancies", pregnancies), ("antenatal checks", checks), ("PTM screenings", screenings),
            ("school-age screenings", schoolScreenings)];
    }

    /// <summary>The Posyandu's service day in each month of the window, up to today.</summary>
    private static List<DateOnly> PosyanduDays(int serviceDay, DateOnly today, int months)
    {
        var days = new List<DateOnly>();
        var period = Period.Of(today);
        for (var i = 1; i < months; i++)
        {
            period = period.Previous();
        }

        for (var i = 0; i < months; i++, period = period.Next())
        {
            var day = new DateOnly(period.Year, period.Month, serviceDay);
            if (day <= today)
            {
                days.Add(day);
            }
        }

        return days;
    }
}
