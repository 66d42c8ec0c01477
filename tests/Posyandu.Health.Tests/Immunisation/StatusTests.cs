using Posyandu.Health.Immunisation;

namespace Posyandu.Health.Tests.Immunisation;

/// <summary>Due, overdue, missed and complete on hand-built histories; the limits of a valid dose; IDL.</summary>
public sealed class StatusTests
{
    private static readonly ImmunisationSchedule Schedule = ImmunisationSchedule.National;
    private static readonly DateOnly Birth = new(2026, 6, 1);

    private static DoseStatus StatusOf(IReadOnlyCollection<GivenDose> given, DateOnly asOf, string antigen, int dose) =>
        ImmunisationStatus.Of(Schedule, Birth, given, asOf).Single(s => s.Antigen == antigen && s.Dose == dose);

    [Test]
    public void A_newborn_is_due_hb0_and_nothing_else_yet()
    {
        var statuses = ImmunisationStatus.Of(Schedule, Birth, [], Birth.AddDays(3));

        Assert.That(statuses.Where(s => s.Status == DoseState.Due).Select(s => s.Antigen), Is.EqualTo(new[] { "hb0" }));
        Assert.That(statuses.Where(s => s.Dose == 1 && s.Antigen != "hb0").Select(s => s.Status), Is.All.EqualTo(DoseState.NotYetDue));
        Assert.That(statuses.Where(s => s.Dose > 1).Select(s => s.Status), Is.All.EqualTo(DoseState.WaitingForPreviousDose));
    }

    [Test]
    public void Hb0_not_given_within_seven_days_is_missed_not_overdue()
    {
        Assert.That(StatusOf([], Birth.AddDays(7), "hb0", 1).Status, Is.EqualTo(DoseState.Due));
        Assert.That(StatusOf([], Birth.AddDays(8), "hb0", 1).Status, Is.EqualTo(DoseState.Missed));
    }

    [Test]
    public void A_dose_is_due_from_its_recommended_age_and_overdue_one_month_later()
    {
        var dueOn = new DateOnly(2026, 8, 1);
        Assert.That(StatusOf([], dueOn.AddDays(-1), "dpt-hb-hib", 1).Status, Is.EqualTo(DoseState.NotYetDue));
        var due = StatusOf([], dueOn, "dpt-hb-hib", 1);
        Assert.That((due.Status, due.DueOn, due.OverdueOn), Is.EqualTo((DoseState.Due, (DateOnly?)dueOn, (DateOnly?)new DateOnly(2026, 9, 1))));
        Assert.That(StatusOf([], new DateOnly(2026, 8, 31), "dpt-hb-hib", 1).Status, Is.EqualTo(DoseState.Due));
        Assert.That(StatusOf([], new DateOnly(2026, 9, 1), "dpt-hb-hib", 1).Status, Is.EqualTo(DoseState.Overdue));
    }

    [Test]
    public void A_late_previous_dose_moves_the_next_dose_back_by_the_minimum_interval()
    {
        // OPV 1 given at 3 months instead of 1: OPV 2 is due 4 weeks later, not at 2 months.
        GivenDose[] given = [new("opv", 1, new DateOnly(2026, 9, 1))];

        var opv2 = StatusOf(given, new DateOnly(2026, 9, 20), "opv", 2);

        Assert.That((opv2.Status, opv2.DueOn), Is.EqualTo((DoseState.NotYetDue, (DateOnly?)new DateOnly(2026, 9, 29))));
        Assert.That(StatusOf(given, new DateOnly(2026, 9, 29), "opv", 2).Status, Is.EqualTo(DoseState.Due));
        Assert.That(StatusOf(given, new DateOnly(2026, 9, 20), "opv", 3).Status, Is.EqualTo(DoseState.WaitingForPreviousDose));
    }

    [Test]
    public void A_child_with_every_dose_has_every_status_given_and_is_idl_complete()
    {
        var given = Schedule.Doses.Select(d => new GivenDose(d.Antigen, d.Dose, d.RecommendedOn(Birth))).ToList();

        var statuses = ImmunisationStatus.Of(Schedule, Birth, given, new DateOnly(2028, 6, 1));

        Assert.That(statuses.Select(s => s.Status), Is.All.EqualTo(DoseState.Given));
        Assert.That(Schedule.Basic.CompletedOn(given), Is.EqualTo(new DateOnly(2027, 3, 1)), "MR 1 at 9 months is the last IDL dose");
        Assert.That(Schedule.Basic.CompleteInTime(Birth, given), Is.True);
    }

    [Test]
    public void Idl_needs_every_basic_dose_and_counts_only_before_the_first_birthday()
    {
        var basic = Schedule.Doses.Where(d => Schedule.Basic.Includes(d.Antigen, d.Dose))
            .Select(d => new GivenDose(d.Antigen, d.Dose, d.RecommendedOn(Birth))).ToList();
        var withoutIpv = basic.Where(g => g.Antigen != "ipv").ToList();
        var mrOnFirstBirthday = basic.Where(g => g.Antigen != "mr").Append(new GivenDose("mr", 1, new DateOnly(2027, 6, 1))).ToList();
        var mrTheDayBefore = basic.Where(g => g.Antigen != "mr").Append(new GivenDose("mr", 1, new DateOnly(2027, 5, 31))).ToList();

        Assert.That(basic, Has.Count.EqualTo(11));
        Assert.That(Schedule.Basic.CompletedOn(withoutIpv), Is.Null);
        Assert.That(Schedule.Basic.CompleteInTime(Birth, basic), Is.True);
        Assert.That(Schedule.Basic.CompletedOn(mrOnFirstBirthday), Is.EqualTo(new DateOnly(2027, 6, 1)));
        Assert.That(Schedule.Basic.CompleteInTime(Birth, mrOnFirstBirthday), Is.False, "complete, but not by 12 months");
        Assert.That(Schedule.Basic.CompleteInTime(Birth, mrTheDayBefore), Is.True);
    }

    [Test]
    public void A_dose_before_the_minimum_age_does_not_count()
    {
        var mr1 = Schedule.Find("mr", 1)!;

        Assert.That(ImmunisationStatus.WhyInvalid(mr1, Birth, null, new DateOnly(2027, 2, 28)), Does.Contain("too early"));
        Assert.That(ImmunisationStatus.WhyInvalid(mr1, Birth, null, new DateOnly(2027, 3, 1)), Is.Null);
    }

    [Test]
    public void A_dose_closer_than_the_minimum_interval_does_not_count()
    {
        var opv2 = Schedule.Find("opv", 2)!;
        var opv1On = new DateOnly(2026, 7, 6);

        Assert.That(ImmunisationStatus.WhyInvalid(opv2, Birth, opv1On, new DateOnly(2026, 8, 2)), Does.Contain("at least 4 minggu after dose 1"));
        Assert.That(ImmunisationStatus.WhyInvalid(opv2, Birth, opv1On, new DateOnly(2026, 8, 3)), Is.Null);
    }

    [Test]
    public void A_dose_without_the_previous_one_or_past_its_window_does_not_count()
    {
        Assert.That(ImmunisationStatus.WhyInvalid(Schedule.Find("opv", 2)!, Birth, null, new DateOnly(2026, 9, 1)), Does.Contain("dose 1 of this antigen is not recorded"));
        Assert.That(ImmunisationStatus.WhyInvalid(Schedule.Find("hb0", 1)!, Birth, null, Birth.AddDays(8)), Does.Contain("up to age 7 hari"));
        Assert.That(ImmunisationStatus.WhyInvalid(Schedule.Find("hb0", 1)!, Birth, null, Birth.AddDays(7)), Is.Null);
    }
}
