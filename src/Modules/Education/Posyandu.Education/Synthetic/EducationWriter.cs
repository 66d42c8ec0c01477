using Posyandu.Education.Domain;
using Posyandu.Education.Features.OutOfSchool;
using Posyandu.Education.Features.Paud;
using Posyandu.Education.Persistence;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Education.Synthetic;

/// <summary>Education's records through Education's own commands: PAUD enrolments (EnrolInPaud) and out-of-school cases with follow-up and outcome.</summary>
internal sealed class EducationWriter : ISectorWriter
{
    public string Module => "education";

    public int Stream => 2;

    public async Task<IReadOnlyList<(string Kind, long Count)>> WriteAsync(SectorWriting writing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writing);
        var (services, faker, roster, progress) = (writing.Services, writing.Faker, writing.Roster, writing.Progress);
        var model = new EducationModel(faker);
        var (enrolments, cases, resolved) = (0L, 0L, 0L);
        var children = roster.Members.Where(m => m.Relation == "anak").ToList();
        var bar = progress("education: children", children.Count);
        await using var commands = new CommandBatch<EducationDbContext>(services);
        foreach (var child in children)
        {
            if (model.Enrolment(child, roster.Today) is { } e)
            {
                await commands.SendAsync(new EnrolInPaud(child.Id, e.Institution, e.Npsn, e.Type, e.StartDate, e.EndDate,
                    e.EndDate is null ? null : PaudEnrolmentStatus.Withdrawn), ct);
                enrolments++;
            }

            if (model.OutOfSchool(child, roster.From, roster.Today) is { } c)
            {
                var found = await commands.SendAsync(new IdentifyOutOfSchoolChild(child.Id, c.IdentifiedOn, c.Reason, c.Note, roster.Today), ct);
                if (c.FollowUpOn is { } on)
                {
                    await commands.SendAsync(new RecordFollowUpAction(found.Id, on, "Kunjungan rumah oleh kader; orang tua diajak berbicara dengan sekolah"), ct);
                }

                if (c.ResolvedOn is { } resolvedOn)
                {
                    await commands.SendAsync(new ResolveOutOfSchoolCase(found.Id, resolvedOn, c.Outcome, null, roster.Today), ct);
                    resolved++;
                }

                cases++;
            }

            bar.Advance();
        }

        await commands.CommitAsync(ct);
        bar.Finish();
        return [("PAUD enrolments", enrolments), ("out-of-school cases", cases), ("of them resolved", resolved)];
    }
}
