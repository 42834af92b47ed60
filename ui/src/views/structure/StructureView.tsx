import { ChannelList } from './ChannelList';
import { StageList } from './StageList';

/** The workspace's stages and channels, the axes of every journey and touchpoint map. */
export function StructureView() {
  return (
    <div className="structure-view">
      <StageList />
      <ChannelList />
    </div>
  );
}
