using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Auditing;

/// <summary>Who an audit line names: the token subject and roles, or "system" for jobs and event delivery.</summary>
public sealed record AuditActor(string Id, string Roles)
{
    public static AuditActor System { get; } = new("system", "");

    public static AuditActor From(ICurrentUser user) =>
        user is null ? System : new AuditActor(user.Id, string.Join(',', user.Roles));
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Read = "read";

    /// <summary>A listing or worklist: one line naming every person returned (<see cref="AuditEntry.Subjects"/>).</summary>
    public const string List = "list";

    /// <summary>A look-up by NIK: the resident's id when found, a keyed hash of the NIK when not (never the NIK).</summary>
    public const string Lookup = "lookup";
}
