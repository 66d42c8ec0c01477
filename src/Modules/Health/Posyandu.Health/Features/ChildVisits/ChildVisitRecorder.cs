using Posyandu.Health.Features.Spm;
using Posyandu.Health.Growth;

namespace Posyandu.Health.Features.ChildVisits;

/// <summary>
/// Turns a checked visit into its stored record: WHO results and categories, prevalence facts, N/T/B/O against
/// last month, referral reasons — and keeps the child's later visits right when a weighing arrives late (their
/// trend depended on the month now filled in), publishing <see cref="ChildMeasured"/> again for each that changed.
/// </summary>
internal sealed class ChildVisitRecorder(HealthDbContext db)
{
    public async Task<ChildVisit> RecordAsync(ResidentProjection child, int ageDays, RecordChildVisit.Body body, CancellationToken ct)
    {
        var measurement = new ChildMeasurement(
            child.Sex, ageDays, body.WeightKg, body.LengthHeightCm, body.Measurement, body.Oedema, body.HeadCircumferenceCm);
        var who = GrowthStandards.Calculate(measurement);
        IndicatorResult?[] all = [who.WeightForAge, who.LengthHeightForAge, who.WeightForLengthHeight, who.BmiForAge, who.HeadCircumferenceForAge];
        var visit = new ChildVisit
        {
            Id = Guid.CreateVersion7(), ResidentId = child.ResidentId, PosyanduId = child.PosyanduId, RegionCode = child.RegionCode,
            MeasuredOn = body.MeasuredOn, AgeDays = ageDays, WeightKg = body.WeightKg, LengthHeightCm = body.LengthHeightCm,
            Position = body.Measurement?.ToString().ToLowerInvariant(), Oedema = body.Oedema, HeadCircumferenceCm = body.HeadCircumferenceCm,
            ArmCircumferenceCm = body.ArmCircumferenceCm,
            WeightForAgeZ = who.WeightForAge?.Z, WeightForAgeCategory = who.WeightForAge?.Category,
            LengthHeightForAgeZ = who.LengthHeightForAge?.Z, LengthHeightForAgeCategory = who.LengthHeightForAge?.Category,
            WeightForLengthHeightZ = who.WeightForLengthHeight?.Z, WeightForLengthHeightCategory = who.WeightForLengthHeight?.Category,
            BmiForAgeZ = who.BmiForAge?.Z, BmiForAgeCategory = who.BmiForAge?.Category,
            HeadCircumferenceForAgeZ = who.HeadCircumferenceForAge?.Z, HeadCircumferenceForAgeCategory = who.HeadCircumferenceForAge?.Category,
            Flagged = all.Any(i => i?.Flagged == true),
            Stunted = Prevalence.CountsAsStunted(who),
            Wasted = Prevalence.CountsAsWasted(measurement, who),
            SevereWasting = Prevalence.CountsAsSevereWasting(measurement, who),
            Underweight = Prevalence.CountsAsUnderweight(measurement, who),
            BelowRedLine = Prevalence.CountsAsSeverelyUnderweight(measurement, who),
            ExclusiveBreastfeeding = body.ExclusiveBreastfeeding,
            VitaminAIu = body.VitaminA ? PosyanduDayServices.VitaminAIu(ageDays) : null,
            Dewormed = body.Dewormed, SupplementaryFood = body.SupplementaryFood,
        };
        // Untracked: usually every earlier weighing is only read. A later one that must be re-judged is attached below.
        var weighings = await db.Visits.AsNoTracking()
            .Where(v => v.ResidentId == child.ResidentId && v.WeightKg != null).OrderBy(v => v.MeasuredOn).ToListAsync(ct);
        Judge(visit, weighings);
        db.Visits.Add(visit);
        db.Publish(Message(visit, child.Sex));

        // A late weighing changes how the next months' weighings compare; re-judge them in order.
        var month = Period.Of(visit.MeasuredOn);
        var timeline = weighings.Append(visit).Where(v => v.WeightKg is not null).OrderBy(v => v.MeasuredOn).ToList();
        foreach (var later in timeline.Where(v => Period.Of(v.MeasuredOn) > month))
        {
            db.Visits.Attach(later);
            var before = (later.Trend, later.TwoT, later.ReferralReasons);
            Judge(later, timeline.Where(v => v != later));
            if (before != (later.Trend, later.TwoT, later.ReferralReasons))
            {
                db.Publish(Message(later, child.Sex));
            }
        }

        await db.ReportChildMonthsAsync(child.ResidentId, ct);

        return visit;
    }

    private static void Judge(ChildVisit visit, IEnumerable<ChildVisit> others)
    {
        if (visit.WeightKg is { } weight)
        {
            var assessment = WeighingRules.Assess(
                new Weighing(visit.MeasuredOn, weight, visit.AgeDays, null),
                others.Where(o => o.WeightKg is not null).Select(o => new Weighing(o.MeasuredOn, o.WeightKg!.Value, o.AgeDays, o.Trend)));
            (visit.Trend, visit.WeightGainGrams, visit.MinimumGainGrams, visit.TwoT) =
                (assessment.Trend, assessment.WeightGainGrams, assessment.MinimumGainGrams, assessment.TwoT);
        }

        visit.ReferralReasons = ReferralReasons.Join(
            visit.TwoT, visit.BelowRedLine, visit.SevereWasting, visit.ArmCircumferenceCm < PosyanduDayServices.SevereMuacCm);
    }

    private static ChildMeasured Message(ChildVisit v, Sex sex) => new(
        v.Id, v.ResidentId, v.PosyanduId, v.RegionCode, Period.Of(v.MeasuredOn).ToString(), v.MeasuredOn, sex.ToApi(), v.AgeDays,
        v.WeightKg is not null, v.LengthHeightCm is not null, v.WeightForAgeZ, v.LengthHeightForAgeZ, v.WeightForLengthHeightZ, v.Oedema,
        v.Underweight, v.Stunted, v.Wasted, v.Trend?.ToString(), v.TwoT, v.BelowRedLine, v.ReferralReasons.Length > 0, v.VitaminAIu);
}
