export * from './workbench.module';
export * from './clusters/proposal-clusters.service';
export * from './clusters/text-clusterer';
