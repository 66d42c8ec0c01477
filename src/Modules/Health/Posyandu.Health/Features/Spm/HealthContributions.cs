using Microsoft.EntityFrameworkCore;
using Posyandu.Health.Anthropometry;
using Posyandu.Health.Domain;
using Posyandu.Health.Immunisation;
using Posyandu.Health.LifeCycle;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Reports;

namespace Posyandu.Health.Features.Spm;

/// <summary>
/// What Health's records contribute to the SPM data elements (SKDN, stunting, wasting, underweight, IDL, KEK,
/// school-age thinness and obesity),
/// published by the features that change them.
/// </summary>
internal static class HealthContributions
{
    public const string ChildMonth = "health.child-month";
    public const string Dose = "health.dose";
    public const string BasicImmunisation = "health.idl";
    public const string PregnancyMonth = "health.pregnancy-month";
    public const string SchoolAgeMonth = "health.school-age-month";

    /// <summary>
    /// Each under-five counts once per month, by their last visit that month (the later recorded of one day): weighed
    /// (D), its growth trend (N, T, O, B; 2T; BGM; referral), measured for length, and underweight / stunted / wasted
    /// (<see cref="Prevalence"/>). Reported for every month whose visits this command added or re-judged, so a late
    /// weighing corrects its own month and the months whose trend it changed.
    /// </summary>
    public static async Task ReportChildMonthsAsync(this HealthDbContext db, Guid residentId, CancellationToken ct)
    {
        var changed = db.ChangeTracker.Entries<ChildVisit>()
            .Where(e => e.Entity.ResidentId == residentId && e.State is EntityState.Added or EntityState.Modified)
            .Select(e => Period.Of(e.Entity.MeasuredOn)).Distinct().Order().ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var (from, to) = (changed[0].FirstDay, changed[^1].LastDay);
        var tracked = db.Visits.Local.Where(v => v.ResidentId == residentId).ToList();
        var ids = tracked.Select(v => v.Id).ToHashSet();
        var saved = await db.Visits.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.ResidentId == residentId && v.MeasuredOn >= from && v.MeasuredOn <= to).ToListAsync(ct);
        foreach (var month in tracked.Concat(saved.Where(v => !ids.Contains(v.Id))).GroupBy(v => Period.Of(v.MeasuredOn)))
        {
            if (changed.Contains(month.Key))
            {
                db.Report(Of(month.MaxBy(v => (v.MeasuredOn, v.Id))!));
            }
        }
    }

    internal static SpmContribution Of(ChildVisit last)
    {
        var month = Period.Of(last.MeasuredOn);
        var values = new List<SpmDataValue>();
        void Count(bool yes, string element)
        {
            if (yes)
            {
                values.Add(SpmDataValue.Monthly(element, month));
            }
        }

        Count(last.WeightKg is not null, "health.d");
        Count(last.WeightKg is not null, "health.weighed");
        // N, T, O and B: one of them for every weighed child (their sum is D).
        Count(last.Trend is not null, $"health.{last.Trend?.ToString().ToLowerInvariant()}");
        Count(last.TwoT, "health.2t");
        Count(last.BelowRedLine, "health.bgm");
        Count(last.ReferralReasons.Length > 0, "health.referral_needed");
        Count(last.LengthHeightCm is not null, "health.length_measured");
        Count(last.WeightForLengthHeightZ is not null || last.Oedema, "health.wfl_measured");
        Count(last.Underweight, "health.underweight");
        Count(last.Stunted, "health.stunted");
        Count(last.Wasted, "health.wasted");
        return new SpmContribution(ChildMonth, last.ResidentId, month, last.PosyanduId, last.RegionCode, values);
    }

    /// <summary>
    /// A dose counts per antigen in the month it was given; a child who became IDL (complete before the first birthday,
    /// <see cref="ImmunisationSchedule"/>) counts in the month of that birthday — the month its denominator,
    /// the <c>health.idl_cohort</c> age band, counts every child turning one, vaccinated or not.
    /// </summary>
    public static void ReportDose(this HealthDbContext db, ImmunisationDose dose, DateOnly birthDate, bool completesBasicImmunisation)
    {
        db.Report(new SpmContribution(Dose, dose.Id, null, dose.PosyanduId, dose.RegionCode,
            [SpmDataValue.Monthly($"health.doses.{dose.Antigen}", Period.Of(dose.GivenOn))]));
        if (completesBasicImmunisation)
        {
            db.Report(new SpmContribution(BasicImmunisation, dose.ResidentId, null, dose.PosyanduId, dose.RegionCode,
                [SpmDataValue.Monthly("health.idl_complete", Period.Of(birthDate.AddYears(1)))]));
        }
    }

    /// <summary>
    /// A pregnant woman counts in every month she was registered or checked (<c>health.pregnant</c>); measured when her
    /// LiLA was taken then, and at KEK risk when it was below 23.5 cm at registration or at any check that month.
    /// </summary>
    public static async Task ReportPregnancyMonthAsync(this HealthDbContext db, LifeCycle.Pregnancy pregnancy, Period month, CancellationToken ct)
    {
        var (from, to) = (month.FirstDay, month.LastDay);
        var tracked = db.AntenatalChecks.Local.Where(c => c.PregnancyId == pregnancy.Id && month.Contains(c.CheckedOn)).ToList();
        var ids = tracked.Select(c => c.Id).ToHashSet();
        var saved = await db.AntenatalChecks.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.PregnancyId == pregnancy.Id && c.CheckedOn >= from && c.CheckedOn <= to)
            .Select(c => new { c.Id, c.KekRisk }).ToListAsync(ct);
        var kek = tracked.Select(c => c.KekRisk).Concat(saved.Where(c => !ids.Contains(c.Id)).Select(c => c.KekRisk)).ToList();
        if (month.Contains(pregnancy.RegisteredOn))
        {
            kek.Add(pregnancy.MuacCmAtRegistration is { } muac ? MaternalRisk.IsKek(muac) : null);
        }

        List<SpmDataValue> values = [SpmDataValue.Monthly("health.pregnant", month)];
        if (kek.Any(k => k is not null))
        {
            values.Add(SpmDataValue.Monthly("health.pregnant_measured", month));
        }

        if (kek.Any(k => k == true))
        {
            values.Add(SpmDataValue.Monthly("health.pregnant_kek", month));
        }

        db.Report(new SpmContribution(PregnancyMonth, pregnancy.Id, month, pregnancy.PosyanduId, pregnancy.RegionCode, values));
    }

    /// <summary>
    /// A child of 5–17 (<see cref="LifeStage.SchoolAgeAndAdolescent"/>) counts once per month, by the last screening
    /// of the month (by day, then id): screened with a plausible IMT/U (z present and not flagged by WHO, as in
    /// <c>GetSchoolAgeNutrition</c>), thin at IMT/U &lt; −2 SD and obese at &gt; +2 SD (Permenkes 2/2020). Another
    /// screening that month replaces the contribution; one without a usable IMT/U leaves the month counting nothing.
    /// </summary>
    public static async Task ReportSchoolAgeMonthAsync(this HealthDbContext db, LifeCycle.Screening screening, CancellationToken ct)
    {
        if (screening.LifeStage != LifeStage.SchoolAgeAndAdolescent)
        {
            return;
        }

        var month = Period.Of(screening.ScreenedOn);
        var (from, to) = (month.FirstDay, month.LastDay);
        var saved = await db.Screenings.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.ResidentId == screening.ResidentId && s.LifeStage == LifeStage.SchoolAgeAndAdolescent && s.ScreenedOn >= from && s.ScreenedOn <= to)
            .ToListAsync(ct);
        var tracked = db.Screenings.Local.Where(s => s.ResidentId == screening.ResidentId && s.LifeStage == LifeStage.SchoolAgeAndAdolescent && month.Contains(s.ScreenedOn)).ToList();
        var ids = tracked.Select(s => s.Id).ToHashSet();
        var last = tracked.Concat(saved.Where(s => !ids.Contains(s.Id))).MaxBy(s => (s.ScreenedOn, s.Id))!;
        var values = new List<SpmDataValue>();
        if (last is { BmiForAgeZ: { } z, BmiForAgeFlagged: false })
        {
            values.Add(SpmDataValue.Monthly("health.school_screened", month));
            if (z < -2)
            {
                values.Add(SpmDataValue.Monthly("health.school_thin", month));
            }

            if (z > 2)
            {
                values.Add(SpmDataValue.Monthly("health.school_obese", month));
            }
        }

        db.Report(new SpmContribution(SchoolAgeMonth, last.ResidentId, month, last.PosyanduId, last.RegionCode, values));
    }
}
