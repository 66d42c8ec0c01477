using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;

namespace Posyandu.SharedKernel.Approvals;

/// <summary>The approval API a module gets from one call, <c>group.MapApprovals(Name)</c>, over its own <c>approvals</c> table.</summary>
public static class ApprovalEndpoints
{
    public sealed record ApprovalView(
        Guid Id, string Module, string Action, Guid SubjectId, string RegionCode, string Reason, ApprovalStatus Status,
        DateTime RequestedAt, string RequestedBy, DateTime? DecidedAt, string? DecidedBy, string? DecisionNote, int Version)
    {
        public static ApprovalView From(Approval a)
        {
            ArgumentNullException.ThrowIfNull(a);
            return new(a.Id, a.Module, a.Action, a.SubjectId, a.RegionCode, a.Reason, a.Status, a.RequestedAt, a.RequestedBy,
                a.DecidedAt, a.DecidedBy, a.DecisionNote, a.Version);
        }
    }

    /// <summary>The decision: <c>disetujui</c> or <c>ditolak</c> (a refusal needs its reason in <c>note</c>).</summary>
    public sealed record Decision(ApprovalStatus? To, string? Note);

    /// <param name="readers">Roles besides desa and DPMD that may read the module's approvals (e.g. its OPD).</param>
    public static IEndpointRouteBuilder MapApprovals(this IEndpointRouteBuilder group, string module, params string[] readers)
    {
        ArgumentNullException.ThrowIfNull(group);
        var approvals = group.MapGroup("/approvals");
        string[] everyone = [Roles.Desa, Roles.Dpmd, .. readers];
        var name = char.ToUpperInvariant(module[0]) + module[1..];

        approvals.MapGet("/", async (ApprovalStatus? status, ApprovalDesk desk, CancellationToken ct) =>
                TypedResults.Ok((await desk.ListAsync(module, status, ct)).Select(ApprovalView.From).ToList()))
            .WithName($"List{name}Approvals")
            .WithSummary("Approvals the village head is asked for (the caller's scope: a desa user sees its own village's), waiting ones first, oldest first.")
            .ProducesValidationProblem()
            .RequireRoles(everyone);

        approvals.MapGet("/{id:guid}", async (Guid id, ApprovalDesk desk, HttpResponse response, CancellationToken ct) =>
            {
                var approval = await desk.GetAsync(module, id, ct);
                response.SetETag(approval);
                return TypedResults.Ok(ApprovalView.From(approval));
            })
            .WithName($"Get{name}Approval")
            .WithSummary("One approval: what is asked, why, and who decided when.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(everyone);

        approvals.MapPost("/{id:guid}/decision", async (Guid id, Decision body, ApprovalDesk desk, HttpContext http, CancellationToken ct) =>
            {
                var approval = await desk.DecideAsync(module, id, body.To, body.Note, http.Request.IfMatchVersion(), ct);
                http.Response.SetETag(approval);
                return TypedResults.Ok(ApprovalView.From(approval));
            })
            .WithName($"Decide{name}Approval")
            .WithSummary("The village head approves (to: disetujui) or refuses (to: ditolak, with the reason in note) — once; the decider and time are kept and audited.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .RequireRoles(Roles.Desa);

        return group;
    }
}
