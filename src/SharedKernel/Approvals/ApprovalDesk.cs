using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Errors;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;

namespace Posyandu.SharedKernel.Approvals;

/// <summary>
/// The approval step's rules, for whichever module asks. A module's handler calls <see cref="Request"/> (saved by
/// its own unit of work, with the change that needs approval) and, before it acts, <see cref="EnsureApprovedAsync"/>
/// (409 while the village has not decided, 422 once it refused). The village decides through the module's
/// <c>/approvals</c> endpoints (<see cref="ApprovalEndpoints.MapApprovals"/>).
/// </summary>
public sealed class ApprovalDesk(IEnumerable<ModuleDatabase> databases, IServiceProvider services, ICurrentUser user, TimeProvider time)
{
    /// <summary>Asks the village head of <paramref name="village"/> to approve <paramref name="action"/> on <paramref name="subjectId"/>.</summary>
    public Approval Request(ModuleDbContext db, string module, string action, Guid subjectId, string village, string reason)
    {
        ArgumentNullException.ThrowIfNull(db);
        var errors = new Dictionary<string, string[]>();
        if (!RegionCode.TryParse(village, out var code, out _) || code.Level != RegionLevel.Village)
        {
            errors["regionCode"] = ["The approval is the village head's: regionCode must be a village code, PP.KK.CC.DDDD."];
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > Approval.MaxText)
        {
            errors["reason"] = [$"reason is required (at most {Approval.MaxText} characters)."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var approval = new Approval
        {
            Id = Guid.CreateVersion7(), Module = module, Action = action, SubjectId = subjectId, RegionCode = code.ToString(),
            Reason = reason.Trim(), RequestedAt = Now, RequestedBy = user.Id,
        };
        db.Set<Approval>().Add(approval);
        return approval;
    }

    /// <summary>Throws unless the latest approval asked for <paramref name="action"/> on <paramref name="subjectId"/> was granted.</summary>
    public static async Task EnsureApprovedAsync(ModuleDbContext db, string action, Guid subjectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Read without the caller's scope: whether the village approved does not depend on who asks.
        var latest = await db.Set<Approval>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == action && a.SubjectId == subjectId)
            .OrderByDescending(a => a.RequestedAt).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        switch (latest?.Status)
        {
            case null:
                throw new ConflictException($"'{action}' needs the village head's approval, and none was asked for.");
            case ApprovalStatus.Menunggu:
                throw new ConflictException($"'{action}' waits for the village head's approval.")
                {
                    Extensions = new Dictionary<string, object?> { ["approvalId"] = latest.Id },
                };
            case ApprovalStatus.Ditolak:
                throw new BusinessRuleException($"The village head refused '{action}': {latest.DecisionNote}")
                {
                    Extensions = new Dictionary<string, object?> { ["approvalId"] = latest.Id },
                };
        }
    }

    public async Task<IReadOnlyList<Approval>> ListAsync(string module, ApprovalStatus? status, CancellationToken ct)
    {
        var query = Db(module).Set<Approval>().AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        // What waits comes first, oldest first: the village's worklist.
        return await query.OrderBy(a => a.Status == ApprovalStatus.Menunggu ? 0 : 1).ThenBy(a => a.RequestedAt)
            .Take(500).ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<Approval> GetAsync(string module, Guid id, CancellationToken ct) =>
        await Db(module).Set<Approval>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false)
        ?? throw new NotFoundException("Approval");

    /// <summary>The village head's decision: only the desa role of the approval's village (its scope shows no other).</summary>
    public async Task<Approval> DecideAsync(string module, Guid id, ApprovalStatus? to, string? note, int? expectedVersion, CancellationToken ct)
    {
        // The body is checked before the look-up, so a bad body is a 400 whichever approval it names.
        if (note?.Length > Approval.MaxText)
        {
            throw RequestValidationException.For("note", $"note is at most {Approval.MaxText} characters.");
        }

        var db = Db(module);
        var approval = await db.Set<Approval>().SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false)
                       ?? throw new NotFoundException("Approval");
        if (!user.IsInRole(Roles.Desa))
        {
            throw new ForbiddenException("Only the village government (desa) of the approval's village decides it; nobody decides in its place.");
        }

        db.ExpectVersion(approval, expectedVersion);

        approval.Decide(to ?? throw RequestValidationException.For("to", "to is required: disetujui or ditolak."), note, user.Id, Now);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return approval;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private ModuleDbContext Db(string module) => databases.Single(d => d.Module == module).Resolve(services);
}
