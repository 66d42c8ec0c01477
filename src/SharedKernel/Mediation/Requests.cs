using MediatR;

namespace Posyandu.SharedKernel.Mediation;

/// <summary>A request that changes state. The unit-of-work behaviour saves the module's DbContext once after it.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>
{
}

/// <summary>A request that only reads. Nothing is saved after it.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>
{
}
