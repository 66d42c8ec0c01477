namespace Posyandu.Housing.Domain;

/// <summary>What a house is on a given day, from its assessments and rehabilitations.</summary>
/// <param name="Assessment">The assessment in force that day (null: never assessed by then).</param>
/// <param name="InRehabilitation">A rehabilitation in progress that day.</param>
public sealed record HouseState(HouseAssessment? Assessment, bool IsRtlh, Rehabilitation? InRehabilitation);

/// <summary>
/// The one reading of a household's history every feature uses (worklist, record, report, the start of a
/// rehabilitation), so they cannot disagree. The assessment in force on a day is the latest assessed by then (the
/// later recorded of two on the same day, then the greater id); the house is RTLH if that assessment says so and no rehabilitation was
/// completed on or after its day. A completion on the day of an assessment counts after it (the works follow the
/// assessment that justified them). Reporting counts what this says, month by month (<c>HousingContributions</c>).
/// </summary>
public static class HouseStatus
{
    public static HouseState On(DateOnly day, IEnumerable<HouseAssessment> assessments, IEnumerable<Rehabilitation> rehabilitations)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(rehabilitations);
        var current = assessments.Where(a => a.AssessedOn <= day)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id)
            .FirstOrDefault();
        var works = rehabilitations as IReadOnlyCollection<Rehabilitation> ?? rehabilitations.ToList();
        var rehabilitatedSince = current is not null && works.Any(r =>
            r.Status == RehabilitationStatus.Completed && r.CompletedOn >= current.AssessedOn && r.CompletedOn <= day);
        var running = works.FirstOrDefault(r => InProgressOn(r, day));
        return new HouseState(current, current is { IsRtlh: true } && !rehabilitatedSince, running);
    }

    /// <summary>Started by <paramref name="day"/> and not yet completed or cancelled on it.</summary>
    public static bool InProgressOn(Rehabilitation rehabilitation, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(rehabilitation);
        var ended = rehabilitation.CompletedOn ?? rehabilitation.CancelledOn;
        return rehabilitation.StartedOn <= day && (ended is null || ended > day);
    }
}
