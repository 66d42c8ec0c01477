using Posyandu.Housing.Domain;

namespace Posyandu.Housing.Tests;

/// <summary>How a household's history reads on a day: the assessment in force, RTLH or not, a rehabilitation in progress.</summary>
public sealed class HouseStatusTests
{
    private static readonly DateOnly March = new(2026, 3, 10);
    private static readonly DateOnly June = new(2026, 6, 15);
    private static readonly DateTime Recorded = new(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_house_never_assessed_is_not_rtlh_and_has_no_assessment()
    {
        var state = HouseStatus.On(June, [], []);

        Assert.That((state.Assessment, state.IsRtlh, state.InRehabilitation), Is.EqualTo(((HouseAssessment?)null, false, (Rehabilitation?)null)));
    }

    [Test]
    public void The_latest_assessment_by_date_is_in_force_even_when_an_earlier_one_is_recorded_later()
    {
        var rtlh = Assessment(March, rtlh: true, Recorded);
        var sound = Assessment(June, rtlh: false, Recorded.AddMinutes(1));
        var late = Assessment(March.AddDays(20), rtlh: true, Recorded.AddMinutes(2));

        Assert.That(HouseStatus.On(June, [rtlh, sound, late], []).Assessment, Is.SameAs(sound));
        Assert.That(HouseStatus.On(June.AddDays(-1), [rtlh, sound, late], []).Assessment, Is.SameAs(late), "the late one fills in the history");
        Assert.That(HouseStatus.On(March.AddDays(-1), [rtlh, sound, late], []).Assessment, Is.Null);
    }

    [Test]
    public void Of_two_assessments_on_one_day_the_later_recorded_is_in_force()
    {
        var first = Assessment(June, rtlh: true, Recorded);
        var second = Assessment(June, rtlh: false, Recorded.AddSeconds(5));

        Assert.That(HouseStatus.On(June, [second, first], []).Assessment, Is.SameAs(second));
        Assert.That(HouseStatus.On(June, [second, first], []).IsRtlh, Is.False);
    }

    [Test]
    public void A_completed_rehabilitation_ends_rtlh_from_its_completion_day_until_a_later_assessment()
    {
        var rtlh = Assessment(March, rtlh: true, Recorded);
        var works = Works(March.AddDays(5), completedOn: June);
        var stillRtlh = Assessment(June.AddDays(10), rtlh: true, Recorded.AddDays(1));

        Assert.That(HouseStatus.On(June.AddDays(-1), [rtlh], [works]).IsRtlh, Is.True);
        Assert.That(HouseStatus.On(June.AddDays(-1), [rtlh], [works]).InRehabilitation, Is.SameAs(works));
        Assert.That(HouseStatus.On(June, [rtlh], [works]).IsRtlh, Is.False, "the completion day already counts");
        Assert.That(HouseStatus.On(June, [rtlh], [works]).InRehabilitation, Is.Null);
        Assert.That(HouseStatus.On(June.AddDays(10), [rtlh, stillRtlh], [works]).IsRtlh, Is.True, "a re-assessment after the works says RTLH again");
    }

    [Test]
    public void A_completion_counts_after_an_assessment_of_the_same_day_and_not_before_an_earlier_completion()
    {
        var sameDay = Assessment(June, rtlh: true, Recorded);
        var before = Works(March, completedOn: March.AddDays(30));

        Assert.That(HouseStatus.On(June, [sameDay], [Works(June, completedOn: June)]).IsRtlh, Is.False);
        Assert.That(HouseStatus.On(June, [sameDay], [before]).IsRtlh, Is.True, "works finished before the assessment do not clear it");
    }

    [Test]
    public void A_cancelled_rehabilitation_leaves_the_house_rtlh_and_is_in_progress_only_until_cancelled()
    {
        var rtlh = Assessment(March, rtlh: true, Recorded);
        var cancelled = Works(March.AddDays(1), cancelledOn: June);

        Assert.That(HouseStatus.On(June, [rtlh], [cancelled]).IsRtlh, Is.True);
        Assert.That(HouseStatus.On(June.AddDays(-1), [rtlh], [cancelled]).InRehabilitation, Is.SameAs(cancelled));
        Assert.That(HouseStatus.On(June, [rtlh], [cancelled]).InRehabilitation, Is.Null);
        Assert.That(HouseStatus.InProgressOn(cancelled, March), Is.False, "not yet started");
    }

    private static HouseAssessment Assessment(DateOnly on, bool rtlh, DateTime recordedAt) =>
        new() { Id = Guid.CreateVersion7(), AssessedOn = on, IsRtlh = rtlh, RecordedAt = recordedAt, FloorAreaM2 = 30, Occupants = 3 };

    private static Rehabilitation Works(DateOnly startedOn, DateOnly? completedOn = null, DateOnly? cancelledOn = null) => new()
    {
        Id = Guid.CreateVersion7(), StartedOn = startedOn, CompletedOn = completedOn, CancelledOn = cancelledOn,
        Status = completedOn is not null ? RehabilitationStatus.Completed : cancelledOn is not null ? RehabilitationStatus.Cancelled : RehabilitationStatus.InProgress,
    };
}
