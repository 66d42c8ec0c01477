namespace Posyandu.Health.Immunisation;

/// <summary>Where a scheduled dose stands for one child on one day.</summary>
public enum DoseState
{
    Given,

    /// <summary>Not recommended yet on that day.</summary>
    NotYetDue,

    Due,

    /// <summary>Due for longer than the schedule's grace (one Posyandu month).</summary>
    Overdue,

    /// <summary>The previous dose of the antigen is missing, so this one cannot be planned yet.</summary>
    WaitingForPreviousDose,

    /// <summary>The window has closed (HB-0 after 7 days): it can no longer be given.</summary>
    Missed,
}

/// <summary>One scheduled dose for one child: its state, when it is/was due, when it was given.</summary>
public sealed record DoseStatus(string Antigen, int Dose, string Label, DoseState Status, DateOnly? DueOn, DateOnly? OverdueOn, DateOnly? GivenOn);

/// <summary>The schedule applied to one child's history on one day.</summary>
public static class ImmunisationStatus
{
    public static IReadOnlyList<DoseStatus> Of(ImmunisationSchedule schedule, DateOnly birthDate, IReadOnlyCollection<GivenDose> given, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(given);
        var result = new List<DoseStatus>(schedule.Doses.Count);
        foreach (var dose in schedule.Doses)
        {
            var had = given.FirstOrDefault(g => g.Antigen == dose.Antigen && g.Dose == dose.Dose);
            DateOnly? previous = dose.Dose == 1 ? null : given.FirstOrDefault(g => g.Antigen == dose.Antigen && g.Dose == dose.Dose - 1)?.GivenOn;
            if (had is not null)
            {
                result.Add(new DoseStatus(dose.Antigen, dose.Dose, dose.Label, DoseState.Given, null, null, had.GivenOn));
                continue;
            }

            if (dose.Dose > 1 && previous is null)
            {
                result.Add(new DoseStatus(dose.Antigen, dose.Dose, dose.Label, DoseState.WaitingForPreviousDose, null, null, null));
                continue;
            }

            // Catch-up: a late previous dose pushes this one back by the minimum interval.
            var recommended = dose.RecommendedOn(birthDate);
            var validFrom = dose.ValidFrom(birthDate, previous);
            var dueOn = validFrom > recommended ? validFrom : recommended;
            var overdueOn = schedule.OverdueAfter.After(dueOn);
            var state = dose.LastValidDay(birthDate) is { } last && asOf > last ? DoseState.Missed
                : asOf < dueOn ? DoseState.NotYetDue
                : asOf < overdueOn ? DoseState.Due
                : DoseState.Overdue;
            result.Add(new DoseStatus(dose.Antigen, dose.Dose, dose.Label, state, dueOn, state == DoseState.Missed ? null : overdueOn, null));
        }

        return result;
    }

    /// <summary>
    /// Why <paramref name="givenOn"/> is not a valid day for <paramref name="dose"/> (a message the
    /// puskesmas can act on), or null when it is valid. <paramref name="previousGivenOn"/> is the previous dose of the antigen.
    /// </summary>
    public static string? WhyInvalid(ScheduledDose dose, DateOnly birthDate, DateOnly? previousGivenOn, DateOnly givenOn)
    {
        ArgumentNullException.ThrowIfNull(dose);
        if (dose.Dose > 1 && previousGivenOn is null)
        {
            return $"{dose.Label}: dose {dose.Dose - 1} of this antigen is not recorded. Record it first (from the Buku KIA if it was given elsewhere).";
        }

        if (dose.LastValidDay(birthDate) is { } last && givenOn > last)
        {
            return $"{dose.Label} is given up to age {dose.MaximumAge} ({last:yyyy-MM-dd}); on {givenOn:yyyy-MM-dd} it is no longer this dose.";
        }

        var byAge = dose.MinimumAge.After(birthDate);
        if (givenOn < byAge)
        {
            return $"{dose.Label} is valid from age {dose.MinimumAge} ({byAge:yyyy-MM-dd}); given on {givenOn:yyyy-MM-dd} it is too early and does not count.";
        }

        if (previousGivenOn is { } previous && dose.MinimumInterval is { } interval && givenOn < interval.After(previous))
        {
            return $"{dose.Label} must be at least {interval} after dose {dose.Dose - 1} ({previous:yyyy-MM-dd}), i.e. from {interval.After(previous):yyyy-MM-dd}; given on {givenOn:yyyy-MM-dd} it does not count.";
        }

        return null;
    }
}
