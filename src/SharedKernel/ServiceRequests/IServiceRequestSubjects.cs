namespace Posyandu.SharedKernel.ServiceRequests;

/// <summary>
/// Optional, implemented by a sector module: tells whether the resident or household a request is for is known
/// to the module (from its own projection of the registry's events) and belongs to the stated Posyandu.
/// Without an implementation, any id is accepted.
/// </summary>
public interface IServiceRequestSubjects
{
    /// <summary>The module this check belongs to.</summary>
    string Module { get; }

    /// <returns>Null when the subject is known; otherwise the reason to refuse the request.</returns>
    Task<string?> CheckAsync(Guid? residentId, Guid? householdId, Guid posyanduId, CancellationToken cancellationToken);
}
