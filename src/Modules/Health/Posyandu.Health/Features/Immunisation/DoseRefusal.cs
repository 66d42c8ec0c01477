namespace Posyandu.Health.Features.Immunisation;

/// <summary>A dose the child already has: its id (empty while only planned, e.g. an earlier row of an import file), antigen, dose and day.</summary>
internal sealed record RecordedDose(Guid Id, string Antigen, int DoseNumber, DateOnly GivenOn);

/// <summary>
/// The rules a dose must pass against the child's own record, in the order <see cref="RecordImmunisation"/> applies
/// them: not before birth (400 on <c>givenOn</c>), not already recorded (409), and valid by the national schedule
/// (<see cref="ImmunisationStatus.WhyInvalid"/>, 422: age, interval, HB-0's window, the previous dose first —
/// Permenkes 12/2017). One place, so the handler and the immunisation-history import's dry run refuse the same doses
/// with the same words.
/// </summary>
internal static class DoseRefusal
{
    /// <summary>
    /// Why <paramref name="antigen"/> dose <paramref name="doseNumber"/> on <paramref name="givenOn"/> cannot be recorded
    /// for a child born on <paramref name="birthDate"/> with <paramref name="history"/> — the exception the handler
    /// throws — or null when it can. The antigen and dose must be in the schedule (the validator's rule).
    /// </summary>
    public static AppException? Of(DateOnly birthDate, IReadOnlyCollection<RecordedDose> history, string antigen, int doseNumber, DateOnly givenOn)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (givenOn < birthDate)
        {
            return RequestValidationException.For("givenOn", $"givenOn is before the child's birth date ({birthDate:yyyy-MM-dd}).");
        }

        if (history.FirstOrDefault(d => d.Antigen == antigen && d.DoseNumber == doseNumber) is { } existing)
        {
            return new ConflictException($"{antigen} dose {doseNumber} is already recorded for this child (given {existing.GivenOn:yyyy-MM-dd}).")
            {
                Extensions = new Dictionary<string, object?> { ["existingId"] = existing.Id },
            };
        }

        var scheduled = ImmunisationSchedule.National.Find(antigen, doseNumber)
                        ?? throw new ArgumentOutOfRangeException(nameof(doseNumber), $"{antigen} dose {doseNumber} is not in the national schedule.");
        var previous = history.FirstOrDefault(d => d.Antigen == antigen && d.DoseNumber == doseNumber - 1)?.GivenOn;
        return ImmunisationStatus.WhyInvalid(scheduled, birthDate, previous, givenOn) is { } problem ? new BusinessRuleException(problem) : null;
    }
}
